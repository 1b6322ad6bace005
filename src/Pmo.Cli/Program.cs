using System.CommandLine;

var root = new RootCommand("pmo");
return root.Parse(args).Invoke();
