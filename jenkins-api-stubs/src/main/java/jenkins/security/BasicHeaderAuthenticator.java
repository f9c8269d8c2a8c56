package jenkins.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionPoint;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;

public abstract class BasicHeaderAuthenticator implements ExtensionPoint {
    @CheckForNull
    public Authentication authenticate2(HttpServletRequest req, HttpServletResponse rsp, String username, String password)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("stub");
    }
}
