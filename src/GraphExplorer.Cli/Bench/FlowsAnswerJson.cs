using System.Buffers;
using System.Text.Json;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Cli.Bench;

/// <summary>
/// Writes a flows result as GET /api/flows sends it by default (the web API's FlowsAnswer: the first
/// <see cref="PairLimit"/> pairs, each with its first <see cref="PeopleLimit"/> people, and the labs those pairs name
/// with their retention, chosen by <see cref="FlowAnswer"/> as the API chooses them), so <c>bench queries</c> times
/// what a caller of the API waits for.
/// </summary>
internal static class FlowsAnswerJson
{
    public const int PairLimit = 1000;
    public const int PeopleLimit = 100;

    /// <summary>Writes the answer; returns its size in bytes.</summary>
    public static long Write(FlowResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("since", result.Since?.ToString());
            json.WriteString("until", result.Until?.ToString());
            json.WriteNumber("retentionMonths", result.RetentionMonths);
            json.WriteNumber("moves", result.Moves);
            json.WriteNumber("undatedMoves", result.UndatedMoves);
            json.WriteNumber("pairCount", result.Pairs.Count);
            json.WriteNumber("labCount", result.Labs.Count);
            json.WriteStartArray("pairs");
            for (var i = 0; i < Math.Min(PairLimit, result.Pairs.Count); i++)
            {
                var pair = result.Pairs[i];
                json.WriteStartObject();
                json.WriteString("from", pair.From.Id);
                json.WriteString("fromName", pair.From.Name);
                json.WriteString("to", pair.To.Id);
                json.WriteString("toName", pair.To.Name);
                json.WriteNumber("count", pair.Count);
                json.WriteStartArray("people");
                for (var p = 0; p < Math.Min(PeopleLimit, pair.People.Count); p++)
                {
                    json.WriteStringValue(pair.People[p]);
                }

                json.WriteEndArray();
                json.WriteNumber("net", pair.Net);
                json.WriteNumber("ratio", Math.Round(pair.Ratio, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("labs");
            foreach (var lab in FlowAnswer.LabsOfFirstPairs(result, PairLimit))
            {
                json.WriteStartObject();
                json.WriteString("labId", lab.Lab.Id);
                json.WriteString("name", lab.Lab.Name);
                json.WriteNumber("in", lab.In);
                json.WriteNumber("out", lab.Out);
                json.WriteNumber("net", lab.Net);
                if (lab.Retention is { } retention)
                {
                    json.WriteStartObject("retention");
                    json.WriteNumber("months", retention.Months);
                    json.WriteNumber("measured", retention.Measured);
                    json.WriteNumber("stayed", retention.Stayed);
                    json.WriteNumber("share", retention.Share);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("retention");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenCount;
    }
}
