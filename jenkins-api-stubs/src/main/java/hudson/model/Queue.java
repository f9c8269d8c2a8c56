package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.queue.SubTask;
import java.util.List;
import jenkins.model.FullyNamedModelObject;

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

    public interface Task extends FullyNamedModelObject, SubTask {
        String getName();

        String getUrl();
    }

    /* The real run() also declares the unchecked AsynchronousExecution. */
    public interface Executable extends Runnable {
        @NonNull
        SubTask getParent();

        @Override
        void run();
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
