# Builds the Rullering MSI on a Windows machine with Qt, CMake, Visual Studio and WiX 3.14 on PATH.
param(
    [string]$QtDir = $env:Qt6_DIR,
    [string]$BuildDir = "build-windows"
)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
cmake -S $root -B $BuildDir -G "Visual Studio 17 2022" -A x64 -DCMAKE_PREFIX_PATH="$QtDir" -DRULLERING_BUILD_TESTS=OFF
cmake --build $BuildDir --config Release --parallel
cmake --install $BuildDir --config Release --prefix "$BuildDir/stage"
& "$QtDir/bin/windeployqt.exe" --release --no-translations --compiler-runtime `
    "$BuildDir/stage/bin/rullering.exe" "$BuildDir/stage/bin/rullering-cli.exe"
Push-Location $BuildDir
# A product icon (.ico) for Add/Remove Programs can be given with -D CPACK_WIX_PRODUCT_ICON=...
cpack -G WIX -C Release `
    -D CPACK_WIX_UPGRADE_GUID=6F1B7E3A-5C2D-4B8E-9A41-2D7C0E5F9B13
Pop-Location
