namespace Psr.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public void Unknown_option_is_a_user_error()
    {
        var code = PsrApp.Run(["run", "--no-such-option"]);
        Assert.Equal(PsrApp.UserError, code);
    }
}
