/** The Projects service of Cloud ALM ({@code /calm-projects/v1}). */
package io.jenkins.plugins.calm.core.client.projects;
