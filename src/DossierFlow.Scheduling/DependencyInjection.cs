using DossierFlow.Application.Mail;
using DossierFlow.Scheduling.Jobs;
using DossierFlow.Scheduling.Mail;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DossierFlow.Scheduling;

public enum SchedulerStore { Sqlite, PostgreSql }

public static class DependencyInjection
{
    /// <summary>
    /// The mail sender, and (when enabled) Quartz.NET with its persistent store in the application's database:
    /// tables created if missing, System.Text.Json serializer, clustering on PostgreSQL so that with several
    /// nodes each firing runs once. Jobs and triggers have fixed names and replace themselves at start.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, SchedulingOptions options, SchedulerStore store, string connectionString)
    {
        services.AddSingleton<IMailSender, SmtpMailSender>();
        if (!options.Enabled) return services;
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "DossierFlow";
                scheduler.GenerateInstanceId = true; // each node its own id, as clustering needs
                scheduler.DefaultTimeZone = Application.Common.VietnameseFormat.TimeZone;
            });
            quartz.UsePersistentStore(persistence =>
            {
                if (store == SchedulerStore.PostgreSql)
                {
                    persistence.UsePostgres(connectionString);
                    persistence.UseClustering();
                }
                else persistence.UseSqlite(connectionString);
                persistence.UseSystemTextJsonSerializer();
                persistence.ProvisionSchema();
            });
            quartz.AddJob<OutboxDispatchJob>(job => job.WithIdentity(OutboxDispatchJob.Key).WithDescription("Gửi thư trong hàng đợi"));
            quartz.AddTrigger(trigger => trigger.ForJob(OutboxDispatchJob.Key).WithIdentity(OutboxDispatchJob.Trigger)
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.DispatchEverySeconds)).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            quartz.AddJob<DeadlineSweepJob>(job => job.WithIdentity(DeadlineSweepJob.Key).WithDescription("Quét thời hạn, nhắc hạn và báo quá hạn"));
            quartz.AddTrigger(trigger => trigger.ForJob(DeadlineSweepJob.Key).WithIdentity(DeadlineSweepJob.Trigger)
                .WithCronSchedule(options.SweepCron, cron => cron.InTimeZone(Application.Common.VietnameseFormat.TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        services.AddQuartzHostedService(hosting => hosting.WaitForJobsToComplete = true);
        return services;
    }
}
