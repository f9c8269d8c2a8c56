/**
 * The Jenkins-free engine of the SAP Cloud ALM for Jenkins plugin.
 *
 * <p>Rule: no Jenkins type is ever imported below this package. Everything here is plain Java on
 * top of OkHttp and Jackson, so it is tested without a running Jenkins.
 */
package io.jenkins.plugins.calm.core;
