# Parses each query the SDK sends with Rack's own parser, as the Katapult service (Apia,
# under Rack) reads it. Input: the cases file written by tests/query_encoding.rs
# (`[{"operation", "query", "meant"}]`); output, on stdout: one JSON object per line,
# `{"operation", "parsed"}`, or `{"operation", "error"}` when Rack refuses the query.
# `cargo xtask conformance` compares `parsed` with `meant`.
require "json"
require "rack"

JSON.parse(File.read(ARGV.fetch(0))).each do |c|
  begin
    parsed = Rack::Utils.parse_nested_query(c.fetch("query"))
    puts JSON.generate({ "operation" => c.fetch("operation"), "parsed" => parsed })
  rescue StandardError => e
    puts JSON.generate({ "operation" => c.fetch("operation"), "error" => "#{e.class}: #{e.message}" })
  end
end
