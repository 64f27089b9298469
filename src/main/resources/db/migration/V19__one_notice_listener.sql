-- Inbox delivery and webhook queueing became one listener (NoticeDelivery). Publications of the two former listeners
-- that have not completed are handed to it, so that nothing pending is lost; both of its writes are idempotent, so a
-- notice that was pending for both is delivered once.
update event_publication
set listener_id = 'org.ciip.notification.NoticeDelivery.deliver(org.ciip.notification.Notice)'
where completion_date is null
  and listener_id in ('org.ciip.notification.inbox.InboxService.deliver(org.ciip.notification.Notice)',
                      'org.ciip.notification.webhook.WebhookService.enqueue(org.ciip.notification.Notice)');
