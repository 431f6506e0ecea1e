using System.CommandLine;

namespace QuantumApps.Cli.Tests;

/// <summary>The help of every command lists option values by their names, never by .NET type names.</summary>
public class HelpTextTests
{
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        void Walk(Command c, string path)
        {
            data.Add(path);
            foreach (var sub in c.Subcommands) Walk(sub, (path + " " + sub.Name).Trim());
        }
        Walk(Program.BuildRoot(), "");
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void HelpNamesNoDotNetTypes(string path)
    {
        var output = new StringWriter();
        string[] args = [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];
        int code = Program.BuildRoot().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
        string help = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("Usage:", help);
        Assert.DoesNotContain("System.", help);
        Assert.DoesNotMatch(@"<[A-Z][a-z]+\|", help);
        Assert.DoesNotContain("Int32", help);
    }

    [Fact]
    public void FormatHelpListsItsValues()
    {
        var output = new StringWriter();
        Program.BuildRoot().Parse(["molecule", "energy", "--help"]).Invoke(new InvocationConfiguration { Output = output });
        Assert.Contains("--format <table|json>", output.ToString());
    }
}
