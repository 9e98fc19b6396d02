package ru.netcity.gateway.routes;

import org.apache.camel.CamelContext;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;

/** A route started by {@code quartz:gateway/<name>} in a test's context: its trigger, fired now. */
record QuartzRoute(Scheduler scheduler, CronTrigger trigger) {

  /** The context's trigger {@code gateway/<name>}; fails clearly when the scheduler lacks it. */
  static QuartzRoute of(CamelContext camel, String name) throws SchedulerException {
    Scheduler scheduler = camel.getComponent("quartz", QuartzComponent.class).getScheduler();
    CronTrigger trigger =
        (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(name, "gateway"));
    if (trigger == null) {
      throw new IllegalStateException(
          "no trigger gateway/" + name + " in scheduler " + scheduler.getSchedulerName());
    }
    return new QuartzRoute(scheduler, trigger);
  }

  /** Runs the route's job now, as its cron would. */
  void fireNow() throws SchedulerException {
    scheduler.triggerJob(trigger.getJobKey());
  }
}
