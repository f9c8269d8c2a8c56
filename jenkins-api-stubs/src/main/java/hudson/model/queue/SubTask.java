package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.ModelObject;
import hudson.model.Queue;
import java.io.IOException;

/* The real interface reaches ModelObject through ResourceActivity and ITask, whose other members are defaults. */
public interface SubTask extends ModelObject {
    @CheckForNull
    Queue.Executable createExecutable() throws IOException;
}
