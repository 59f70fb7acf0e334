// ts-for-gir's settings for `npm run generate` (see README.md). The GIR of
// lian comes from the build directory (meson setup build), the GIRs of its
// dependencies (GLib, GObject, Gio, Json) from Debian's packages.
export default {
    modules: ['Lian-1.0'],
    girDirectories: ['../../build/bindings', '/usr/share/gir-1.0'],
    outdir: './types',
};
