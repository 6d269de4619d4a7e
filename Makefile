# Thin wrapper over CMake presets: each target installs what is missing, configures and builds.
# `make run` opens the app; `make test` runs every test through ctest.
PRESET ?= debug
BUILD := build/$(PRESET)
CMAKE_FLAGS := $(if $(CI),-DDYNOSCOPE_WERROR=ON,)
JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test test-asan bench package clean

all: build

deps:
	@packaging/install-deps.sh build run test

configure: deps
	@cmake --preset $(PRESET) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/app/dynoscope $(ARGS)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# The engine, server and crash tests in the ASan+UBSan build (CI runs them after `make test`).
test-asan: deps
	@cmake --preset asan -DDYNOSCOPE_BUILD_GUI=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build build/asan -j $(JOBS)
	ctest --test-dir build/asan --output-on-failure -j $(JOBS) -L 'engine|server|reliability' $(CTEST_ARGS)

bench:
	@packaging/install-deps.sh build test bench
	@cmake --preset release >/dev/null
	@cmake --build build/release -j $(JOBS)
	@tests/bench/run-all.sh build/release

# The Debian package, from a Release tree, into build/release/packages/ (see packaging/CMakeLists.txt).
package:
	@packaging/install-deps.sh build run
	@cmake --preset release >/dev/null
	@cmake --build build/release -j $(JOBS) --target package

clean:
	rm -rf build
