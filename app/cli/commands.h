#pragma once
// The subcommands of mphunter-cli. Each lives in its own <name>_command.cpp and gets the arguments after its name
// (argv[0] is the subcommand's name). To add one: declare it here and add a row to the table in main.cpp.

int runInventoryCommand(int argc, char **argv); // inventory_command.cpp
int runScanCommand(int argc, char **argv);      // scan_command.cpp
int runEvaluateCommand(int argc, char **argv);  // evaluate_command.cpp
int runVerdictCommand(int argc, char **argv);   // verdict_command.cpp
