/**
 * The Jenkins-free rules behind the pipeline steps {@code calmRegisterTransport},
 * {@code calmWaitForStatus} and {@code calmReportDeployment}: which feature a build means, whether
 * a feature's status allows a transport activity, how status names become the tenant's codes,
 * what the steps write and log, and how their string options are read. The plugin's step classes
 * only translate Jenkins objects into these calls, so every rule is tested here without Jenkins.
 */
package io.jenkins.plugins.calm.core.steps;
