package org.rcm.sandbox.sftp;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.jboss.logging.Logger;
import org.rcm.sandbox.SandboxConfig;
import org.rcm.sandbox.engine.Clearinghouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The SFTP side (Office Ally style): an Apache MINA SSHD server whose user sees {@code inbound/} (drop 837P files
 * there; names ending in .part are ignored until renamed) and {@code outbound/} (999, 277CA, 835; move what you
 * have processed to {@code outbound/processed/}). A watcher hands each new inbound file to the clearinghouse core.
 */
@ApplicationScoped
public class SftpServerService {
    private static final Logger LOG = Logger.getLogger(SftpServerService.class);

    @Inject
    SandboxConfig config;
    @Inject
    Clearinghouse clearinghouse;

    private SshServer server;

    void start(@Observes StartupEvent ev) {
        Path root = clearinghouse.dataDir().resolve("sftp");
        server = SshServer.setUpDefaultServer();
        server.setHost(config.sftp().host());
        server.setPort(config.sftp().port());
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(clearinghouse.dataDir().resolve("hostkey.ser")));
        server.setPasswordAuthenticator((user, password, session) ->
                config.sftp().user().equals(user) && config.sftp().password().equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("SFTP server could not listen on port " + config.sftp().port(), e);
        }
        LOG.infof("sandbox SFTP listening on %s:%d", config.sftp().host(), server.getPort());
    }

    void stop(@Observes ShutdownEvent ev) throws IOException {
        if (server != null) {
            server.stop(true);
        }
    }

    public int port() {
        return server.getPort();
    }

    @Scheduled(every = "${sandbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scanInbound() throws IOException {
        Path inbound = clearinghouse.dataDir().resolve("sftp/inbound");
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(inbound)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".part")) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        for (Path p : files) {
            var outcome = clearinghouse.receive(Clearinghouse.SFTP, Files.readAllBytes(p));
            LOG.infof("SFTP inbound %s: %s %s", p.getFileName(), outcome.duplicate() ? "duplicate" : "answered",
                    outcome.files());
            Files.move(p, inbound.resolve("processed").resolve(p.getFileName() + "." + System.nanoTime()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
