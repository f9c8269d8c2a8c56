package hudson.model;

import org.springframework.security.core.Authentication;

public class Items {
    private Items() {
        throw new UnsupportedOperationException("stub");
    }

    public static <T extends Item> Iterable<T> allItems2(Authentication authentication, ItemGroup root, Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }
}
