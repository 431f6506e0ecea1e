using System.CommandLine;

namespace QuantumApps.Cli.Tests;

/// <summary>The help of every command lists option values and defaults by their names, never by .NET type or enum names.</summary>
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
        // defaults are shown as the option spells them (table, logistic), not as the enum's .NET name (Table, Logistic)
        Assert.DoesNotMatch(@"\[default: [A-Z][a-z]", help);
    }

    [Fact]
    public void ChoiceDefaultsUseTheSpellingTheOptionAccepts()
    {
        var output = new StringWriter();
        Program.BuildRoot().Parse(["classify", "--help"]).Invoke(new InvocationConfiguration { Output = output });
        string help = output.ToString();
        Assert.Contains("[default: logistic]", help);
        Assert.Contains("[default: adam]", help);
        Assert.Contains("[default: table]", help);
        // and the spelling shown is one the option accepts
        var parse = Program.BuildRoot().Parse(["classify", "data.csv", "--loss", "logistic", "--trainer", "adam", "--format", "table"]);
        Assert.Empty(parse.Errors);
    }

    [Fact]
    public void FormatHelpListsItsValues()
    {
        var output = new StringWriter();
        Program.BuildRoot().Parse(["molecule", "energy", "--help"]).Invoke(new InvocationConfiguration { Output = output });
        Assert.Contains("--format <table|json>", output.ToString());
    }

    /// <summary>
    /// Start-up builds only the subtree of the command named first (<see cref="Program.BuildRoot(string[])"/>): it must
    /// hold exactly that command, and every command path's help must be the same text as from the full tree (the other
    /// commands are unreachable from there).
    /// </summary>
    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void TheSubtreeBuiltForAPathGivesTheSameHelpAsTheFullTree(string path)
    {
        string[] args = [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];
        string Help(RootCommand root)
        {
            var output = new StringWriter();
            Assert.Equal(0, root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output }));
            return output.ToString();
        }
        var partial = Program.BuildRoot(args);
        if (path.Length > 0) Assert.Equal([args[0]], partial.Subcommands.Select(c => c.Name));
        else Assert.Equal(Program.BuildRoot().Subcommands.Select(c => c.Name), partial.Subcommands.Select(c => c.Name));
        Assert.Equal(Help(Program.BuildRoot()), Help(partial));
    }

    [Fact]
    public void AMisspeltCommandGetsTheFullTreeAndItsSuggestion()
    {
        var root = Program.BuildRoot(["molecul", "energy"]);
        Assert.Equal(Program.BuildRoot().Subcommands.Count, root.Subcommands.Count);
        Assert.Equal(Program.ParseErrorLine(Program.BuildRoot().Parse(["molecul", "energy"])), Program.ParseErrorLine(root.Parse(["molecul", "energy"])));
    }
}
