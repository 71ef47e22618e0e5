/** The py2ts command line. */
process.stderr.write("py2ts: not built yet\n");
process.exitCode = 2;
