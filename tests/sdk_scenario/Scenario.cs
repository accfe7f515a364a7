// The SDK scenario, C# edition: mono Scenario.exe ARGS.json (prints one JSON line).
// C# 7 (Mono's mcs has no async Main): Run().GetAwaiter().GetResult().
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Llmworks.Client;
using Llmworks.Client.Models;

static class Scenario
{
    static int Main(string[] argv)
    {
        var args = (Dictionary<string, object>)Json.Parse(File.ReadAllText(argv[0]));
        Console.WriteLine(Json.Serialize(Run(args).GetAwaiter().GetResult()));
        return 0;
    }

    static async Task<Dictionary<string, object>> Run(Dictionary<string, object> args)
    {
        var output = new Dictionary<string, object>();
        var projectId = (long)args["project_id"];
        var model = (string)args["model"];
        using (var client = new LlmworksClient((string)args["base"], (string)args["key"]))  // 1. log in with an API key
        {
            output["me"] = (await client.Auth.MeAsync()).Username;
            try
            {
                await client.Projects.GetProjectAsync(987654);
            }
            catch (NotFoundException err)
            {
                output["not_found"] = new Dictionary<string, object> { { "status", err.Status }, { "detail", err.Detail } };
            }
            output["projects"] = (await client.Projects.ListProjectsPager(pageSize: 1).ToListAsync()).Count;

            // 2. upload a dataset (multipart, streamed from the file)
            var version = await client.Datasets.UploadDatasetAsync(FileUpload.FromPath((string)args["dataset"]), (string)args["name"], projectId);
            output["dataset"] = new Dictionary<string, object> { { "id", version.Id }, { "rows", version.RowCount }, { "kind", version.Kind } };

            // 3. start a training job on it
            var job = await client.Training.CreateTrainingJobAsync(new TrainingJobIn
            {
                ProjectId = projectId, BaseModel = model, DatasetVersionId = version.Id, Name = (string)args["name"],
                Config = (Dictionary<string, object>)args["config"],
            });
            output["job"] = new Dictionary<string, object> { { "id", job.Id }, { "state", job.State }, { "dataset_version_id", job.DatasetVersionId } };

            // 4. stream a generation (Server-Sent Events)
            var body = new GenerateIn
            {
                Model = "base:" + model, Prompt = (string)args["prompt"], ProjectId = projectId,
                Params = Json.ConvertTo<GenerationParams>(args["params"]),
            };
            var events = new List<object>();
            var text = "";
            using (var stream = await client.Inference.GenerateStreamAsync(body))
            {
                SseEvent ev;
                while ((ev = await stream.ReadAsync()) != null)
                {
                    events.Add(ev.Event);
                    if (ev.Event == "token") text += ev.Json<GeneratedToken>().Token;
                }
            }
            output["events"] = events;
            output["text"] = text;
        }
        return output;
    }
}
