#pragma once
// rosters_bench: the rosters plugin's Google Benchmark programs. Each source
// registers its own benchmarks; bench_rosters_main.cpp runs them.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

namespace contingent::rosters::bench {

/// Rows per data set: 100 000, or 2 000 with CONTINGENT_BENCH_SMALL=1 (the CTest smoke run).
std::int64_t rosterRows();
/// Skips the benchmark with `message` and makes the program exit 1 (a wrong result).
void fail(benchmark::State& state, const std::string& message);
bool anyFailed();

/// BM_ImportCsv100k, BM_ImportCsv100kUpdate, BM_ExportCsv100k (bench_rosterimport.cpp).
void registerImportBenchmarks();
/// BM_RosterFirstScreen, BM_FilteredSearch_SideBySide, BM_CandidateFinder_12Months
/// (bench_rosterquery.cpp).
void registerQueryBenchmarks();

} // namespace contingent::rosters::bench
