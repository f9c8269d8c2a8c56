/** The Tasks service of Cloud ALM ({@code /calm-tasks/v1}): comments on tasks and user stories. */
package io.jenkins.plugins.calm.core.client.tasks;
