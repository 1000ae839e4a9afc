using System.Globalization;
using System.Text;

namespace Sermo.Portal.Alerts;

/// <summary>An alert as plain text, for e-mail: the same released numbers the webhook's JSON carries.</summary>
public static class AlertText
{
    public static string Plain(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{message.Term}, {message.Day:yyyy-MM-dd} (client {message.Client})\n\n");
        foreach (var reason in message.Reasons)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {reason.Kind}: {reason.Value:0.###} (threshold {reason.Threshold:0.###})\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nMentions {message.Mentions}, distinct authors {message.DistinctAuthors}");
        text.Append(CultureInfo.InvariantCulture, $", net sentiment {message.NetSentiment?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"}");
        text.Append(CultureInfo.InvariantCulture, $", spike {message.SpikeScore?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-"}");
        text.Append(CultureInfo.InvariantCulture, $", adverse events {message.AdverseEvents?.ToString(CultureInfo.InvariantCulture) ?? "-"}.\n");
        text.Append(CultureInfo.InvariantCulture, $"Released counts (noisy, cells under k = {message.K} distinct authors are never shown or alerted on).\n");
        return text.ToString();
    }
}
