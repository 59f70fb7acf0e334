// needs-board.js: a desk application template over lian, in gjs and GTK 4.
//
// A window lists the needs of a lian document in a Gtk.ColumnView fed by the
// registry's live list (registry.get_needs()), filtered by city and status;
// a pane shows the selected need's history and moves it along its status
// machine; Save writes the document back. Start from here and add what your
// desk needs.
//
// Run:  gjs -m needs-board.js [FILE.json] [options]
//   in the source tree, with lian built:
//   meson devenv -C build -w . gjs -m examples/gtk/needs-board.js data/jiangsu-sample.json
// Options:
//   --city CODE --status NICK                   preset the filters
//   --move NEED=STATUS --actor ID --note TEXT   move a need at start, as the Move button does
//   --save-as OUT.json                          save after that move
//   --screenshot OUT.png --quit-after-ms N      render the window to a PNG, quit
// With --screenshot or --quit-after-ms the board prints what it shows (rows,
// titles, history, errors) on stdout: tests/gtk/test-needs-board.py reads it.
// Its words follow the locale (LANG=zh_CN.UTF-8: Chinese) through gettext,
// in lian's domain; enum values are shown with Lian.enum_get_label and times
// with Lian.format_time (China Standard Time).
// Needs Debian's gjs and gir1.2-gtk-4.0 (GTK 4.8: Gtk.FileChooserNative, not
// Gtk.FileDialog, which is 4.10).
// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Gettext from 'gettext';
import Gtk from 'gi://Gtk?version=4.0';
import Pango from 'gi://Pango';
import Lian from 'gi://Lian?version=1.0';
import System from 'system';

// The board's words are in lian's catalogues: bind them where the tests and
// `meson devenv` keep them before lian is installed.
if (GLib.getenv('LIAN_LOCALEDIR'))
    Gettext.bindtextdomain('lian', GLib.getenv('LIAN_LOCALEDIR'));
const _ = Gettext.domain('lian').gettext;
// "%s of %s needs": fills each %s in turn, as C's printf would.
const format = (text, ...values) => text.replace(/%s/g, () => String(values.shift()));

const STATUSES = [Lian.NeedStatus.SUBMITTED, Lian.NeedStatus.ACCEPTED,
    Lian.NeedStatus.IN_PROGRESS, Lian.NeedStatus.RESOLVED, Lian.NeedStatus.CLOSED];
const statusNick = s => Lian.enum_to_nick(Lian.NeedStatus.$gtype, s);
const statusLabel = s => Lian.enum_get_label(Lian.NeedStatus.$gtype, s);
const categoryLabel = c => Lian.enum_get_label(Lian.NeedCategory.$gtype, c);
// A status given on the command line: its label (Chinese or English) or nick.
const statusOf = text => {
    try {
        const [ok, value] = Lian.enum_from_label(Lian.NeedStatus.$gtype, text);
        return ok ? value : null;
    } catch (e) {
        return null;
    }
};

// The command line, parsed by hand to keep the template short.
const opts = {file: null, city: null, status: null, move: null, actor: '', note: '',
    saveAs: null, screenshot: null, quitAfterMs: 0};
for (let i = 0; i < ARGV.length; i++) {
    const arg = ARGV[i];
    const key = {'--city': 'city', '--status': 'status', '--move': 'move', '--actor': 'actor',
        '--note': 'note', '--save-as': 'saveAs', '--screenshot': 'screenshot',
        '--quit-after-ms': 'quitAfterMs'}[arg];
    if (key && i + 1 < ARGV.length)
        opts[key] = ARGV[++i];
    else if (!arg.startsWith('--') && !opts.file)
        opts.file = arg;
    else {
        printerr(format(_('needs-board.js: unknown or incomplete option %s'), arg));
        System.exit(2);
    }
}
// Test mode: render, print what is shown, quit.
const testMode = Boolean(opts.screenshot || opts.quitAfterMs);
if (opts.screenshot && !opts.quitAfterMs)
    opts.quitAfterMs = 1000;

let registry = new Lian.Registry();
let filePath = null;

// The city of a need: its enterprise's region, or that region's parent when
// it is a county. Province-level enterprises have no city (null).
function cityOf(need) {
    const enterprise = registry.lookup_enterprise(need.enterprise_id);
    if (!enterprise)
        return null;
    const code = enterprise.region;
    switch (Lian.adcode_get_level(code)) {
    case Lian.Level.CITY: return code;
    case Lian.Level.COUNTY: return Lian.adcode_dup_parent(code);
    default: return null;
    }
}
const cityName = code => (code ? registry.dup_region_name(code) ?? code : '—');

const app = new Gtk.Application({application_id: 'org.example.NeedsBoard',
    flags: Gio.ApplicationFlags.NON_UNIQUE});
app.connect('activate', () => buildWindow(app));

function buildWindow(application) {
    const window = new Gtk.ApplicationWindow({application, default_width: 1180,
        default_height: 640, title: _('Needs board')});

    // Errors go to an info bar above everything; closing hides it.
    const infoBar = new Gtk.InfoBar({message_type: Gtk.MessageType.ERROR,
        show_close_button: true, revealed: false});
    const infoLabel = new Gtk.Label({wrap: true, xalign: 0});
    infoBar.add_child(infoLabel);
    infoBar.connect('response', () => (infoBar.revealed = false));
    const showError = message => {
        infoLabel.label = message;
        infoBar.revealed = true;
        if (testMode)
            print(`error: ${message}`);
    };

    // Filters: a city dropdown (filled from the needs' enterprises) and a
    // status dropdown. Index 0 of each means "all".
    let cityCodes = [];
    const cityDrop = new Gtk.DropDown({model: new Gtk.StringList()});
    const statusDrop = Gtk.DropDown.new_from_strings([_('All statuses'), ...STATUSES.map(statusLabel)]);
    const filter = Gtk.CustomFilter.new(need => {
        const c = cityDrop.selected, s = statusDrop.selected;
        return (c <= 0 || cityOf(need) === cityCodes[c]) &&
            (s <= 0 || need.status === STATUSES[s - 1]);
    });
    const refilter = () => filter.changed(Gtk.FilterChange.DIFFERENT);
    cityDrop.connect('notify::selected', refilter);
    statusDrop.connect('notify::selected', refilter);

    // The column view shows registry.get_needs() through the filter.
    const filtered = new Gtk.FilterListModel({model: registry.get_needs(), filter});
    const selection = new Gtk.SingleSelection({model: filtered});
    const view = new Gtk.ColumnView({model: selection, show_column_separators: true});
    const shownTitles = new Map();  // bound list item → its title label, for test mode
    const columnTitles = [], columnTexts = [];
    const addColumn = (title, textOf, expand = false) => {
        columnTitles.push(title);
        columnTexts.push(textOf);
        const factory = new Gtk.SignalListItemFactory();
        factory.connect('setup', (_f, item) => (item.child = new Gtk.Label({xalign: 0,
            ellipsize: Pango.EllipsizeMode.END})));
        factory.connect('bind', (_f, item) => {
            const need = item.item, label = item.child;
            const update = () => (label.label = textOf(need));
            update();
            // A move changes the need in place: follow its notifications.
            item._handler = need.connect('notify', update);
            if (columnTitles.indexOf(title) === 1)
                shownTitles.set(item, label);
        });
        factory.connect('unbind', (_f, item) => {
            item.item.disconnect(item._handler);
            shownTitles.delete(item);
        });
        view.append_column(new Gtk.ColumnViewColumn({title, factory, expand, resizable: true}));
    };
    addColumn(_('Id'), n => n.id);
    addColumn(_('Title'), n => n.title, true);
    addColumn(_('Enterprise'), n => registry.lookup_enterprise(n.enterprise_id)?.name ?? n.enterprise_id, true);
    addColumn(_('City'), n => cityName(cityOf(n)));
    addColumn(_('Category'), n => categoryLabel(n.category));
    addColumn(_('Status'), n => statusLabel(n.status));
    addColumn(_('Submitted'), n => n.submitted ?? '');

    const countLabel = new Gtk.Label({xalign: 1, hexpand: true, css_classes: ['dim-label']});
    const updateCount = () => (countLabel.label =
        format(_('%s of %s needs'), filtered.get_n_items(), registry.get_needs().get_n_items()));
    filtered.connect('items-changed', updateCount);

    // The detail pane: the selected need's history, and the move controls.
    const detailTitle = new Gtk.Label({xalign: 0, wrap: true, css_classes: ['title-3']});
    const history = new Gtk.Grid({column_spacing: 12, row_spacing: 4});
    const nextDrop = new Gtk.DropDown({model: new Gtk.StringList()});
    let nextStatuses = [];
    const actorEntry = new Gtk.Entry({placeholder_text: _('actor: person or organisation id'),
        text: opts.actor});
    const noteEntry = new Gtk.Entry({placeholder_text: _('note (required to reopen)'), text: opts.note});
    const moveButton = new Gtk.Button({label: _('Move'), css_classes: ['suggested-action']});

    const showDetail = () => {
        const need = selection.selected_item;
        let child;
        while ((child = history.get_first_child()))
            history.remove(child);
        detailTitle.label = need ? `${need.id}  ${need.title}` : _('No need selected');
        // Only the moves the status machine allows are offered.
        nextStatuses = need ? STATUSES.filter(s => Lian.Need.is_move_allowed(need.status, s)) : [];
        nextDrop.model = Gtk.StringList.new(nextStatuses.map(statusLabel));
        moveButton.sensitive = nextStatuses.length > 0;
        if (!need)
            return;
        const cells = [[_('Time'), _('Status'), _('Actor'), _('Note')]];
        for (const event of need.get_history())
            cells.push([Lian.format_time(event.get_at()), statusLabel(event.get_status()),
                event.get_actor() ?? '', event.get_note() ?? '']);
        if (cells.length === 1)
            cells.push([_('no moves yet'), '', '', '']);
        // Only the note wraps; the other columns keep their width.
        cells.forEach((row, y) => row.forEach((text, x) => history.attach(
            new Gtk.Label({label: text, xalign: 0, wrap: x === 3, hexpand: x === 3,
                selectable: y > 0, css_classes: y === 0 ? ['heading'] : []}), x, y, 1, 1)));
    };
    selection.connect('notify::selected-item', showDetail);

    // A move goes through the registry, which re-indexes the need and emits
    // record-changed; the row follows the need's notify, the filter is re-run.
    moveButton.connect('clicked', () => {
        const need = selection.selected_item;
        const status = nextStatuses[nextDrop.selected];
        if (!need || status === undefined)
            return;
        try {
            const from = statusNick(need.status);
            registry.move_need(need.id, status, actorEntry.text || null, noteEntry.text || null, null);
            infoBar.revealed = false;
            if (testMode)
                print(`moved: ${need.id} ${from} -> ${statusNick(status)}`);
            noteEntry.text = '';
        } catch (e) {
            showError(e.message);
        }
    });

    // Registry changes: re-filter and refresh the detail pane.
    let changedId = 0;
    const watch = () => {
        changedId = registry.connect('record-changed', (_r, record, property) => {
            if (testMode)
                print(`changed: ${record.id} ${property ?? ''}`);
            refilter();
            if (record === selection.selected_item)
                showDetail();
        });
    };

    // Fill the city dropdown from the needs that are there.
    const fillCities = () => {
        const codes = new Set();
        for (let i = 0; i < registry.get_needs().get_n_items(); i++)
            codes.add(cityOf(registry.get_needs().get_item(i)));
        cityCodes = [null, ...[...codes].filter(c => c).sort()];
        cityDrop.model = Gtk.StringList.new([_('All cities'), ...cityCodes.slice(1).map(cityName)]);
        cityDrop.selected = 0;
    };

    // Opening loads into a new registry and swaps it in only on success. A
    // SQLite store (FILE.db) that other processes share is opened, not
    // loaded: it brings in their changes by itself, twice a second, and
    // commits this board's moves as they are made.
    const isStore = path => path.endsWith('.db') || path.startsWith('sqlite:');
    const open = path => {
        let loaded = new Lian.Registry();
        try {
            if (isStore(path)) {
                loaded = Lian.Registry.open(path);
                loaded.get_store().set_refresh_interval(500);
            } else {
                loaded.load_from_file(path, null);
            }
        } catch (e) {
            showError(format(_('%s: %s'), path, e.message));
            return false;
        }
        if (changedId)
            registry.disconnect(changedId);
        registry = loaded;
        filePath = path;
        watch();
        fillCities();
        filtered.model = registry.get_needs();
        window.title = format(_('Needs board — %s'), GLib.path_get_basename(path));
        updateCount();
        showDetail();
        return true;
    };
    const save = path => {
        try {
            registry.save_to_file(path, null);
            filePath = path;
            return true;
        } catch (e) {
            showError(format(_('%s: %s'), path, e.message));
            return false;
        }
    };

    // Header bar: Open and Save. FileChooserNative works on GTK 4.8.
    const choose = (action, accept, done) => {
        const chooser = new Gtk.FileChooserNative({transient_for: window, modal: true, action,
            accept_label: accept});
        const json = new Gtk.FileFilter({name: _('lian documents')});
        json.add_pattern('*.json');
        chooser.add_filter(json);
        chooser.connect('response', (_c, response) => {
            if (response === Gtk.ResponseType.ACCEPT)
                done(chooser.get_file().get_path());
            chooser.destroy();
        });
        chooser.show();
    };
    const openButton = new Gtk.Button({label: _('Open…')});
    openButton.connect('clicked', () => choose(Gtk.FileChooserAction.OPEN, _('_Open'), open));
    const saveButton = new Gtk.Button({label: _('Save')});
    saveButton.connect('clicked', () => (filePath ? save(filePath)
        : choose(Gtk.FileChooserAction.SAVE, _('_Save'), save)));
    const header = new Gtk.HeaderBar();
    header.pack_start(openButton);
    header.pack_end(saveButton);
    window.set_titlebar(header);

    // Layout: info bar, filter row, then the view beside the detail pane.
    const box = (orientation, spacing, children, props = {}) => {
        const b = new Gtk.Box({orientation, spacing, ...props});
        children.forEach(c => b.append(c));
        return b;
    };
    const H = Gtk.Orientation.HORIZONTAL, V = Gtk.Orientation.VERTICAL;
    const filters = box(H, 8, [new Gtk.Label({label: _('City')}), cityDrop,
        new Gtk.Label({label: _('Status')}), statusDrop, countLabel],
    {margin_start: 8, margin_end: 8, margin_top: 8});
    const detail = box(V, 8, [detailTitle, new Gtk.Label({label: _('History'), xalign: 0,
        css_classes: ['heading']}), new Gtk.ScrolledWindow({child: history,
        propagate_natural_height: true, max_content_height: 320}), new Gtk.Separator(),
    box(H, 6, [new Gtk.Label({label: _('Move to')}), nextDrop]), actorEntry, noteEntry, moveButton],
    {margin_start: 12, margin_end: 12, margin_top: 12, width_request: 420});
    const paned = new Gtk.Paned({orientation: H, vexpand: true, position: 740,
        start_child: new Gtk.ScrolledWindow({child: view, hexpand: true}), end_child: detail,
        shrink_end_child: false});
    window.child = box(V, 8, [infoBar, filters, paned]);

    // Start: the file from the command line, presets, then test mode.
    watch();
    fillCities();
    updateCount();
    showDetail();
    if (opts.file && !open(opts.file) && testMode)
        return app.quit();
    if (opts.city)
        cityDrop.selected = Math.max(0, cityCodes.indexOf(opts.city));
    if (opts.status)
        statusDrop.selected = STATUSES.indexOf(statusOf(opts.status)) + 1;
    window.present();
    if (opts.move)
        moveAtStart();
    // After N ms, and once the window has been drawn, report and quit.
    if (testMode)
        GLib.timeout_add(GLib.PRIORITY_DEFAULT, Number(opts.quitAfterMs), () => {
            if (!window.get_mapped() || (filtered.get_n_items() > 0 && shownTitles.size === 0))
                return GLib.SOURCE_CONTINUE;  // not drawn yet: look again after N ms
            report();
            app.quit();
            return GLib.SOURCE_REMOVE;
        });

    // --move NEED=STATUS: select the row and press Move, as a person would.
    function moveAtStart() {
        const [id, wanted] = opts.move.split('=');
        let row = 0;
        while (row < filtered.get_n_items() && filtered.get_item(row).id !== id)
            row++;
        if (row === filtered.get_n_items())
            return showError(format(_('%s: not among the needs shown'), id));
        selection.selected = row;
        const index = nextStatuses.indexOf(statusOf(wanted));
        if (index < 0) {
            return showError(format(_('%s: cannot move from %s to %s'), id,
                statusLabel(selection.selected_item.status), wanted));
        }
        nextDrop.selected = index;
        moveButton.emit('clicked');
        if (!infoBar.revealed && opts.saveAs && save(opts.saveAs))
            print(`saved: ${opts.saveAs}`);
    }

    // Test mode: print what the view and the pane show, render the window.
    function report() {
        print(`window: ${window.title}`);
        print(`columns: ${columnTitles.join(' | ')}`);
        print(`count: ${countLabel.label}`);
        print(`rows: ${filtered.get_n_items()}`);
        if (filtered.get_n_items() > 0)
            columnTexts.forEach(textOf => print(`cell: ${textOf(filtered.get_item(0))}`));
        [...shownTitles].sort(([a], [b]) => a.position - b.position)
            .forEach(([, label]) => print(`title: ${label.label}`));
        print(`detail: ${detailTitle.label}`);
        for (let y = 1; history.get_child_at(0, y); y++)
            print(`history: ${[0, 1, 2, 3].map(x => history.get_child_at(x, y).label).join(' | ')}`);
        if (opts.screenshot)
            screenshot(window, opts.screenshot);
    }
}

// Renders a widget as it is now into a PNG: a Gtk.WidgetPaintable snapshot,
// turned into a texture by the window's own Gsk renderer.
function screenshot(widget, path) {
    const snapshot = new Gtk.Snapshot();
    new Gtk.WidgetPaintable({widget}).snapshot(snapshot, widget.get_width(), widget.get_height());
    const texture = widget.get_native().get_renderer().render_texture(snapshot.to_node(), null);
    texture.save_to_png(path);
    print(`screenshot: ${path} ${texture.width}x${texture.height}`);
}

app.run([System.programInvocationName]);
