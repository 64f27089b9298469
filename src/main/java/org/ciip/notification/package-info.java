/** Each organization's inbox (and e-mail where SMTP is configured), fed by {@link org.ciip.notification.Notice} events
 * through the event publication registry (Art. 10, 11, 18, 24). */
package org.ciip.notification;
