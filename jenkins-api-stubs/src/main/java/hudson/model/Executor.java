package hudson.model;

public class Executor extends Thread {
    private Executor() {
        throw new UnsupportedOperationException("stub");
    }

    public void interrupt(Result result) {
        throw new UnsupportedOperationException("stub");
    }
}
