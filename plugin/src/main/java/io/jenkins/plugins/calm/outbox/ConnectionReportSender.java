package io.jenkins.plugins.calm.outbox;

import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.client.ConnectionClients;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.adapters.ClientDeploymentReportSender;
import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.ReportSender;
import io.jenkins.plugins.calm.core.outbox.SendResult;

/**
 * Sends each report through the connection it names, with that connection's current client. A report whose
 * connection or credential is gone is parked with the reason, so an administrator can fix the configuration
 * and retry it.
 */
final class ConnectionReportSender implements ReportSender<DeploymentReport> {

    @Override
    public SendResult send(DeploymentReport report) {
        CloudAlmConnection connection;
        try {
            connection = CloudAlmConfiguration.get().connection(report.connection().orElse(null));
        } catch (CloudAlmException e) {
            return SendResult.rejected(Messages.ReportOutbox_NoConnection(e.getMessage()));
        }
        try {
            return new ClientDeploymentReportSender(ConnectionClients.forBackground(connection)).send(report);
        } catch (CloudAlmException e) {
            return e.isTransient() ? SendResult.retryLater(e.getMessage())
                    : SendResult.rejected(Messages.ReportOutbox_NoClient(connection.getName(), e.getMessage()));
        }
    }
}
