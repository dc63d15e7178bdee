// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * How {@code ./disputatio FILE} hands its files to a workbench already running on the same
 * workspace, since the native launcher's open-file mechanism is not available: the running
 * workbench listens on a loopback port and writes the port and a random token to a file in the
 * workspace's metadata, readable by its user only; a starting workbench that finds the file,
 * and a listener behind it, sends the token and its files' absolute paths, one a line, and
 * exits. A file left by a workbench that died is ignored (nobody answers) and overwritten.
 */
public final class MapHandover implements Closeable {

    /** The file in the workspace's {@code .metadata} folder. */
    public static final String FILE = "disputatio-handover";
    private static final String ANSWER = "opened";
    private static final int TIMEOUT_MILLIS = 3000;

    private final ServerSocket server;
    private final Path channel;
    private final String token;
    private final Consumer<List<Path>> opener;

    private MapHandover(ServerSocket server, Path channel, String token, Consumer<List<Path>> opener) {
        this.server = server;
        this.channel = channel;
        this.token = token;
        this.opener = opener;
    }

    /**
     * Listens for files handed over, until closed.
     *
     * @param opener told the files of each hand-over, on the listening thread (an empty list:
     *               only bring the window to the front)
     */
    public static MapHandover listen(Path channel, Consumer<List<Path>> opener) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        MapHandover handover = new MapHandover(server, channel, token, opener);
        try {
            Files.createDirectories(channel.getParent());
            Path written = Files.createTempFile(channel.getParent(), FILE, ".tmp");
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the workspace folder's own protection applies.
            }
            Files.writeString(written, server.getLocalPort() + " " + token + "\n");
            try {
                Files.move(written, channel, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, channel, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            server.close();
            throw e;
        }
        Thread thread = new Thread(handover::serve, "Disputatio hand-over");
        thread.setDaemon(true);
        thread.start();
        return handover;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MILLIS);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                if (!token.equals(in.readLine())) {
                    continue;
                }
                List<Path> files = new ArrayList<>();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    files.add(Path.of(line));
                }
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
                out.write(ANSWER + "\n");
                out.flush();
                opener.accept(files);
            } catch (IOException | RuntimeException e) {
                // One bad caller (or closing) must not stop the listening: the loop checks whether it was closed.
            }
        }
    }

    /**
     * Hands files to the workbench listening behind the channel file.
     *
     * @return whether one took them; false when there is none (no file, or nobody answers)
     */
    public static boolean handOver(Path channel, List<Path> files) {
        String[] portAndToken;
        try {
            portAndToken = Files.readString(channel).strip().split(" ");
        } catch (IOException e) {
            return false;
        }
        if (portAndToken.length != 2) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(portAndToken[0])), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(portAndToken[1] + "\n");
            for (Path file : files) {
                out.write(file.toAbsolutePath().normalize() + "\n");
            }
            out.write("\n");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return ANSWER.equals(in.readLine());
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Stops listening and removes the channel file, unless a later workbench has written its own. */
    @Override
    public void close() {
        try {
            server.close();
            if (Files.readString(channel).startsWith(server.getLocalPort() + " ")) {
                Files.delete(channel);
            }
        } catch (IOException e) {
            // Gone already, or another's: nothing to clean up.
        }
    }

    /** The channel file of a workspace folder. */
    public static Path channelOf(Path workspace) {
        return workspace.resolve(".metadata").resolve(FILE);
    }
}
