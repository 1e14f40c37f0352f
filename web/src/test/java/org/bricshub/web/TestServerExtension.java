package org.bricshub.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.bricshub.web.api.Routes;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestServer} per test class: {@code @RegisterExtension static final TestServerExtension SERVER = ...},
 * then {@code SERVER.get()} in tests.
 */
public final class TestServerExtension implements BeforeAllCallback, AfterAllCallback {
    private final int ratePerSecond;
    private final Supplier<List<Routes>> extraRoutes;
    private TestServer server;

    public TestServerExtension() {
        this(10_000, List::of);
    }

    /** @param extraRoutes routes to add, built when the class starts (after other fixtures in static fields) */
    public TestServerExtension(int ratePerSecond, Supplier<List<Routes>> extraRoutes) {
        this.ratePerSecond = ratePerSecond;
        this.extraRoutes = extraRoutes;
    }

    public TestServer get() {
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path dataDir = Files.createTempDirectory("bricshub-test");
        server = TestServer.start(dataDir, ratePerSecond, extraRoutes.get());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }
}
