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
import java.util.ArrayList;
import java.util.List;

/**
 * SFTP batch (Office Ally style) on the Apache MINA SSHD client: upload to the inbound folder as NAME.part, then
 * rename to NAME (the partner never sees half a file); list and download the outbound folder; move processed files
 * to outbound/processed. One short session per call.
 */
@ApplicationScoped
public class SftpPort implements PartnerPort {
    private volatile SshClient client;

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
        if (client != null) {
            client.stop();
        }
    }

    private interface SftpWork<T> {
        T run(SftpClient sftp) throws IOException;
    }

    private <T> T withSftp(GatewayConfig.Partner p, SftpWork<T> work) {
        long ms = p.timeout().toMillis();
        try (ClientSession session = client().connect(p.user().orElse("anonymous"), p.host().orElse("127.0.0.1"),
                p.port()).verify(ms).getSession()) {
            p.password().ifPresent(session::addPasswordIdentity);
            session.auth().verify(ms);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                return work.run(sftp);
            }
        } catch (IOException e) {
            throw new PartnerException("SFTP " + e.getClass().getSimpleName() + ": " + e.getMessage(), true, e);
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
