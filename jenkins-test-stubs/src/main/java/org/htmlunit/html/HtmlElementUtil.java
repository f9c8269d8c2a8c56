package org.htmlunit.html;

import java.io.IOException;
import org.htmlunit.Page;

/* From jenkins-test-harness (in HtmlUnit's package), not from HtmlUnit itself. */
public class HtmlElementUtil {
    private HtmlElementUtil() {
        throw new UnsupportedOperationException("stub");
    }

    public static Page click(HtmlElement element) throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
