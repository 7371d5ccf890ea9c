import KubariumCLI

KubariumCommand.main()
