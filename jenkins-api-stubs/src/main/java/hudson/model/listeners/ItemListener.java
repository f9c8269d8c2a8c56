package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.model.Item;

public class ItemListener implements ExtensionPoint {
    public void onCreated(Item item) {
        throw new UnsupportedOperationException("stub");
    }

    public void onLoaded() {
        throw new UnsupportedOperationException("stub");
    }

    public void onDeleted(Item item) {
        throw new UnsupportedOperationException("stub");
    }

    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        throw new UnsupportedOperationException("stub");
    }

    public void onUpdated(Item item) {
        throw new UnsupportedOperationException("stub");
    }
}
