package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.List;

public class Queue {
    private Queue() {
        throw new UnsupportedOperationException("stub");
    }

    public static Queue getInstance() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean cancel(Item item) {
        throw new UnsupportedOperationException("stub");
    }

    public Item getItem(long id) {
        throw new UnsupportedOperationException("stub");
    }

    /*
     * Sealed in the stubs only, like Task below: Jenkins' jobs and runs implement these, never a plugin's
     * glue code; the real interfaces have many abstract methods that would otherwise have to be declared.
     */
    public sealed interface Task permits TaskSealing {
    }

    private non-sealed interface TaskSealing extends Task {
    }

    public sealed interface Executable extends Runnable permits ExecutableSealing {
    }

    private non-sealed interface ExecutableSealing extends Executable {
    }

    public interface QueueAction extends Action {
        boolean shouldSchedule(List<Action> actions);
    }

    public abstract static class Item {
        private Item() {
            throw new UnsupportedOperationException("stub");
        }

        public long getId() {
            throw new UnsupportedOperationException("stub");
        }
    }

    public static final class LeftItem extends Item {
        private LeftItem() {
            throw new UnsupportedOperationException("stub");
        }

        @CheckForNull
        public Executable getExecutable() {
            throw new UnsupportedOperationException("stub");
        }

        public boolean isCancelled() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
