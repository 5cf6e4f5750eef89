/// The tool's version, as reports, `--version` and the portfolio page print it.
public let networkAdvisorVersion = "0.1.0"
