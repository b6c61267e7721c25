//! Generates the typed httpmock helpers from `spec/` into `OUT_DIR`, through build-tools.

fn main() -> std::process::ExitCode {
    katapult_build_tools::run_build_script(&katapult_build_tools::MOCKS)
}
