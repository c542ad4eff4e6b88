using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;

namespace Psr.Pipeline.Tests.Config;

public sealed class BackendsConfigTests
{
    [Fact]
    public void Every_backend_problem_is_reported_at_once_with_its_key_and_value()
    {
        // Given: a served policy without a URL and with impossible limits, a served judge with a non-http URL, and a
        // trainer command without an {output} placeholder
        using var dir = new TempDir();
        var path = dir.File("bad.json", """
            {
              "preset": "smoke",
              "backends": {
                "policy": { "backend": "OpenAiCompatible", "maxInFlight": 0, "requestTimeoutSeconds": -1, "maxRetries": -2 },
                "judge": { "backend": "OpenAiCompatible", "baseUrl": "ftp://judge:1/v1", "model": " " },
                "trainer": { "command": "python train.py {data}", "timeoutMinutes": -5 }
              }
            }
            """);

        // When
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load(configPath: path));

        // Then
        Assert.Contains("backends.policy.baseUrl = null: an absolute http(s) URL is required for the OpenAiCompatible backend", e.Problems);
        Assert.Contains("backends.policy.maxInFlight = 0: must be >= 1", e.Problems);
        Assert.Contains("backends.policy.requestTimeoutSeconds = -1: must be > 0", e.Problems);
        Assert.Contains("backends.policy.maxRetries = -2: must be >= 0", e.Problems);
        Assert.Contains("backends.judge.baseUrl = \"ftp://judge:1/v1\": an absolute http(s) URL is required for the OpenAiCompatible backend", e.Problems);
        Assert.Contains("backends.judge.model = \" \": must not be blank", e.Problems);
        Assert.Contains(e.Problems, p => p.StartsWith("backends.trainer.command = \"python train.py {data}\": must contain {output}", StringComparison.Ordinal));
        Assert.Contains("backends.trainer.timeoutMinutes = -5: must be >= 0", e.Problems);
        Assert.True(e.Problems.Count == 8, string.Join("\n", e.Problems));
    }

    [Fact]
    public void Every_server_problem_is_reported_at_once_with_its_key_and_value()
    {
        // Given: a server section without {checkpoint}, with a bad host, port and timeouts, and a judge whose URL is
        // neither set nor left to the server (it is not an http URL)
        using var dir = new TempDir();
        var path = dir.File("bad.json", """
            {
              "preset": "smoke",
              "backends": {
                "policy": { "backend": "OpenAiCompatible" },
                "judge": { "backend": "OpenAiCompatible", "baseUrl": "judge:1" },
                "server": { "command": "vllm serve --port {port}", "host": "bad host", "port": 70000, "readyTimeoutSeconds": 0, "stopTimeoutSeconds": -1 }
              }
            }
            """);

        // When
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load(configPath: path));

        // Then: each problem once; the policy without a URL is fine (it goes to the server)
        Assert.Contains("backends.server.command = \"vllm serve --port {port}\": must contain {checkpoint} (the folder of the model to serve)", e.Problems);
        Assert.Contains("backends.server.host = \"bad host\": must be a host name or IP address", e.Problems);
        Assert.Contains("backends.server.port = 70000: must be in 1..65535", e.Problems);
        Assert.Contains("backends.server.readyTimeoutSeconds = 0: must be > 0", e.Problems);
        Assert.Contains("backends.server.stopTimeoutSeconds = -1: must be >= 0", e.Problems);
        Assert.Contains("backends.judge.baseUrl = \"judge:1\": must be an absolute http(s) URL, or null for the server backends.server starts", e.Problems);
        Assert.True(e.Problems.Count == 6, string.Join("\n", e.Problems));
    }

    [Fact]
    public void A_server_that_no_role_uses_is_a_problem_and_routed_roles_call_its_port()
    {
        // Given a server and a policy with its own URL, and then the same with the policy left to the server
        var server = new ModelServerConfig { Command = "vllm serve {checkpoint} --port {port}", Port = 8123 };
        var own = new RoleBackendConfig { Backend = ModelBackend.OpenAiCompatible, BaseUrl = "http://10.0.0.5:8000/v1" };
        var unused = new BackendsConfig { Policy = own, Server = server };
        var routed = new BackendsConfig { Policy = own with { BaseUrl = null }, Judge = own, Server = server };

        // When / Then
        Assert.Equal(["backends.server.command = \"vllm serve {checkpoint} --port {port}\": no role uses the server (set policy or judge backend to OpenAiCompatible and leave its baseUrl out)"],
            unused.Problems());
        Assert.Empty(routed.Problems());
        Assert.Equal("http://127.0.0.1:8123/v1", routed.BaseUrlOf(routed.Policy));
        Assert.Equal("http://10.0.0.5:8000/v1", routed.BaseUrlOf(routed.Judge));
    }

    [Fact]
    public void In_process_roles_ignore_endpoint_fields_and_the_default_is_all_in_process()
    {
        // Given: the defaults, and an in-process role carrying leftover endpoint fields
        var config = RunPresets.Smoke with
        {
            Backends = new BackendsConfig { Policy = new RoleBackendConfig { BaseUrl = "not a url", MaxInFlight = 0 } },
        };

        // When / Then
        Assert.Empty(config.Problems());
        Assert.False(config.Backends.AnyServed());
        Assert.False(config.Backends.Trainer.IsEnabled());
    }

    [Fact]
    public void A_served_role_without_an_http_backend_is_refused_before_any_work()
    {
        // Given: a valid served judge, and a loop given no HTTP backend (as a library caller might)
        var config = RunPresets.Smoke with
        {
            Backends = new BackendsConfig { Judge = new RoleBackendConfig { Backend = ModelBackend.OpenAiCompatible, BaseUrl = "http://127.0.0.1:8000/v1" } },
        };

        // When
        var e = Assert.Throws<ConfigException>(() => StageRoles.RequireRemote(config, remote: null));

        // Then
        Assert.Contains("no HTTP backend", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{checkpoint}", "M2", "/runs/a/stages/02-step-dpo/model", "/runs/a/stages/02-step-dpo/model")]
    [InlineData("{model}", "M2", "/runs/a/m", "M2")]
    [InlineData("qwen-{model}", "M3", "/x", "qwen-M3")]
    [InlineData("fixed-name", "M3", "/x", "fixed-name")]
    public void The_served_model_name_fills_its_placeholders(string template, string name, string dir, string expected)
    {
        // Given a role whose model name is a template
        var role = new RoleBackendConfig { Model = template };

        // When / Then
        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), role.ModelFor(name, dir).Replace('/', Path.DirectorySeparatorChar));
    }

    [Fact]
    public void A_configuration_with_backends_round_trips_through_the_saved_file()
    {
        // Given a configuration with both roles served and an external trainer
        using var dir = new TempDir();
        var config = RunPresets.Smoke with
        {
            Backends = new BackendsConfig
            {
                Policy = new RoleBackendConfig { Backend = ModelBackend.OpenAiCompatible, BaseUrl = "http://127.0.0.1:8000/v1", MaxInFlight = 4 },
                Judge = new RoleBackendConfig { Backend = ModelBackend.OpenAiCompatible, BaseUrl = "http://127.0.0.1:8001", Api = EndpointRoute.Chat, Model = "judge" },
                Trainer = new ExternalTrainerConfig { Command = "sh train.sh {data} {base} {output}", TimeoutMinutes = 30 },
            },
        };

        // When it is saved and loaded again
        var path = Path.Combine(dir.Path, "config.json");
        RunConfigFile.Save(config, path);
        var loaded = RunConfigFile.Load(path);

        // Then nothing is lost and the hash is stable
        Assert.Equal(config.Backends, loaded.Backends);
        Assert.Equal(RunConfigFile.Hash(config), RunConfigFile.Hash(loaded));
    }
}
