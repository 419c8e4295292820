package jp.selfcare.it;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * Kills the test server the hard way (SIGKILL: no shutdown hooks, no journal sync, no transaction
 * completion) and starts it again with the very command line it had, so it boots on the same
 * configuration, data folder and deployment. The restarted server belongs to this JVM; it is killed
 * when the JVM exits if the Arquillian container has not stopped it by then.
 */
final class ServerKill {

  private ServerKill() {}

  static void killAndRestart(ManagementClient management) throws Exception {
    ModelNode read =
        Operations.createReadAttributeOperation(
            Operations.createAddress("core-service", "platform-mbean", "type", "runtime"), "name");
    ModelNode result = management.getControllerClient().execute(read);
    if (!Operations.isSuccessfulOutcome(result)) {
      throw new IllegalStateException("cannot read the server's pid: " + result);
    }
    long pid = Long.parseLong(Operations.readResult(result).asString().split("@")[0]);
    ProcessHandle server =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    List<String> command = new ArrayList<>();
    command.add(server.info().command().orElseThrow());
    command.addAll(Arrays.asList(server.info().arguments().orElseThrow()));
    Path directory = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd"));

    if (!server.destroyForcibly()) {
      throw new IllegalStateException("kill -9 " + pid + " was refused");
    }
    server.onExit().get(1, TimeUnit.MINUTES);

    Process restarted = start(command, directory);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (restarted.isAlive()) {
                    restarted.destroyForcibly();
                  }
                }));
  }

  private static Process start(List<String> command, Path directory) throws IOException {
    Path log = Path.of("target", "killed-server-restart.log").toAbsolutePath();
    return new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(Redirect.appendTo(log.toFile()))
        .start();
  }
}
