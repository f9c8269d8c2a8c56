package hudson.util;

import java.util.ArrayList;

public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    public ListBoxModel() {
        throw new UnsupportedOperationException("stub");
    }

    public static final class Option {
        private Option() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
