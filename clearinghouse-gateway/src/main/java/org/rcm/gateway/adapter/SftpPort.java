package org.rcm.gateway.adapter;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.rcm.gateway.config.GatewayConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * SFTP batch (Office Ally style) on the Apache MINA SSHD client: upload to the inbound folder as NAME.part, then
 * rename to NAME (the partner never sees half a file); list and download the outbound folder; move processed files
 * to outbound/processed. One SSH session per partner is kept open and reused (a key exchange costs more CPU than
 * the transfer of a batch); it is dropped after any I/O failure or when idle longer than {@link #IDLE}, and the next
 * call opens a fresh one.
 */
@ApplicationScoped
public class SftpPort implements PartnerPort {
    static final Duration IDLE = Duration.ofSeconds(30);

    private volatile SshClient client;
    private final Map<String, Open> open = new ConcurrentHashMap<>();

    /** A partner's open session and the SFTP channel on it. */
    private static final class Open {
        ClientSession session;
        SftpClient sftp;
        long lastUsed;

        boolean usable() {
            return sftp != null && sftp.isOpen() && session.isOpen()
                    && System.nanoTime() - lastUsed < IDLE.toNanos();
        }

        void close() {
            try {
                if (sftp != null) {
                    sftp.close();
                }
                if (session != null) {
                    session.close();
                }
            } catch (IOException | RuntimeException ignored) {
                // already broken: nothing to give back
            }
            sftp = null;
            session = null;
        }
    }

    private SshClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    SshClient c = SshClient.setUpDefaultClient();
                    // the sandbox generates its host key at first start; production partners need a known-hosts check
                    c.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
                    c.start();
                    client = c;
                }
            }
        }
        return client;
    }

    void stop(@Observes ShutdownEvent ev) throws IOException {
        open.values().forEach(o -> {
            synchronized (o) {
                o.close();
            }
        });
        if (client != null) {
            client.stop();
        }
    }

    private interface SftpWork<T> {
        T run(SftpClient sftp) throws IOException;
    }

    private <T> T withSftp(GatewayConfig.Partner p, SftpWork<T> work) {
        Open o = open.computeIfAbsent(p.user().orElse("anonymous") + "@" + p.host().orElse("127.0.0.1") + ":" + p.port(),
                k -> new Open());
        synchronized (o) {
            try {
                if (!o.usable()) {
                    o.close();
                    connect(p, o);
                }
                T result = work.run(o.sftp);
                o.lastUsed = System.nanoTime();
                return result;
            } catch (IOException e) {
                o.close();
                throw new PartnerException("SFTP " + e.getClass().getSimpleName() + ": " + e.getMessage(), true, e);
            } catch (RuntimeException e) {
                o.close();
                throw e;
            }
        }
    }

    private void connect(GatewayConfig.Partner p, Open o) throws IOException {
        long ms = p.timeout().toMillis();
        ClientSession session = client().connect(p.user().orElse("anonymous"), p.host().orElse("127.0.0.1"),
                p.port()).verify(ms).getSession();
        try {
            p.password().ifPresent(session::addPasswordIdentity);
            session.auth().verify(ms);
            o.session = session;
            o.sftp = SftpClientFactory.instance().createSftpClient(session);
            o.lastUsed = System.nanoTime();
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    @Override
    public byte[] send(GatewayConfig.Partner p, String fileName, byte[] content, String idempotencyKey) {
        return withSftp(p, sftp -> {
            String target = p.inboundDir() + "/" + fileName;
            String part = target + ".part";
            try (OutputStream out = sftp.write(part)) {
                out.write(content);
            }
            try {
                sftp.rename(part, target);
            } catch (IOException e) {
                // an earlier, uncertain attempt already placed the same file: keep it, drop our copy
                sftp.remove(part);
            }
            return null;
        });
    }

    @Override
    public List<String> list(GatewayConfig.Partner p) {
        return withSftp(p, sftp -> {
            List<String> names = new ArrayList<>();
            for (SftpClient.DirEntry e : sftp.readDir(p.outboundDir())) {
                if (e.getAttributes().isRegularFile() && !e.getFilename().startsWith(".")) {
                    names.add(e.getFilename());
                }
            }
            names.sort(null);
            return names;
        });
    }

    @Override
    public byte[] fetch(GatewayConfig.Partner p, String name) {
        return withSftp(p, sftp -> {
            try (InputStream in = sftp.read(p.outboundDir() + "/" + name)) {
                return in.readAllBytes();
            }
        });
    }

    @Override
    public void done(GatewayConfig.Partner p, String name) {
        withSftp(p, sftp -> {
            sftp.rename(p.outboundDir() + "/" + name, p.outboundDir() + "/processed/" + name);
            return null;
        });
    }
}
