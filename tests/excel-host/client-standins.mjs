/*
 * Stand-ins for Excel client classes and members that the npm client (@microsoft/office-js 1.1.110, ExcelApi up
 * to 1.15) lacks. They are the shim's, not Microsoft's: each follows @types/office-js for its names, parameters
 * and return types, and is built with the client's own helpers (OfficeExtension.BatchApiHelper, Utility) the way
 * the client defines its classes (see CommentCollection and Comment in excel-web-16.00.debug.js), so every call
 * travels over the wire as a newer client would send it and the host answers it.
 *
 *   Range.valuesAsJson, Range.valuesAsJsonLocal   ExcelApi 1.16   wire ValuesAsJson, ValuesAsJsonLocal
 *   Workbook.use1904DateSystem                    preview         wire Use1904DateSystem
 *   Workbook.notes, Worksheet.notes               ExcelApi 1.18   wire Notes
 *   NoteCollection: add, getCount, getItem, getItemAt, getItemOrNullObject, load/items
 *   Note: content, authorName, width, height, visible, delete(), getLocation()
 *
 * standinsMain runs in the page after the client (shim.mjs); it is self-contained (serialized with toString()).
 */
/* global window -- this code runs in the page */

/** Runs in the page, after the Excel client. */
export function standinsMain() {
  "use strict";
  // The Excel client's globals, untyped here: the stand-ins use its internals (BatchApiHelper, Utility).
  const page = /** @type {any} */ (window);
  const client = page.OfficeExtension;
  const excel = page.Excel;
  const B = client.BatchApiHelper;
  const U = client.Utility;

  /** A scalar property added to an existing class, loaded and set under its wire name. */
  const addScalar = (Type, typeName, name, wire) => {
    if (!Type || name in Type.prototype) return;
    const key = `__host_${name}`;
    Object.defineProperty(Type.prototype, name, {
      configurable: true,
      enumerable: true,
      get() {
        U.throwIfNotLoaded(name, this[key], typeName, this._isNull);
        return this[key];
      },
      set(value) {
        this[key] = value;
        B.invokeSetProperty(this, wire, value, 0);
      },
    });
    const handle = Type.prototype._handleResult;
    Type.prototype._handleResult = function (value) {
      handle.call(this, value);
      if (value && value[wire] !== undefined) this[key] = value[wire];
    };
  };
  addScalar(excel.Range, "Range", "valuesAsJson", "ValuesAsJson");
  addScalar(excel.Range, "Range", "valuesAsJsonLocal", "ValuesAsJsonLocal");
  addScalar(excel.Workbook, "Workbook", "use1904DateSystem", "Use1904DateSystem");

  if (excel.NoteCollection) return; // a client that has notes keeps its own

  const getter = (get) => ({ get, enumerable: true, configurable: true });
  const NOTE_SCALARS = ["authorName", "content", "height", "visible", "width"];
  const NOTE_WIRE = ["AuthorName", "Content", "Height", "Visible", "Width"];

  class Note extends client.ClientObject {
    delete() {
      B.invokeMethod(this, "Delete", 0, [], 0, 0);
    }
    getLocation() {
      return B.createMethodObject(excel.Range, this, "GetLocation", 1, [], false, false, null, 4);
    }
    set(properties, options) {
      this._recursivelySet(properties, options, ["content", "height", "visible", "width"], [], []);
    }
    _handleResult(value) {
      super._handleResult(value);
      if (U.isNullOrUndefined(value)) return;
      U.fixObjectPathIfNecessary(this, value);
      NOTE_WIRE.forEach((wire, i) => {
        if (!U.isUndefined(value[wire])) this[`_${NOTE_SCALARS[i]}`] = value[wire];
      });
    }
    _handleRetrieveResult(value, result) {
      super._handleRetrieveResult(value, result);
      U.processRetrieveResult(this, value, result);
    }
    load(options) {
      return U.load(this, options);
    }
    retrieve(option) {
      return U.retrieve(this, option);
    }
    toJSON() {
      const scalars = {};
      for (const name of NOTE_SCALARS) scalars[name] = this[`_${name}`];
      return U.toJson(this, scalars, {});
    }
  }
  Object.defineProperties(Note.prototype, {
    _className: getter(() => "Note"),
    _scalarPropertyNames: getter(() => NOTE_SCALARS),
    _scalarPropertyOriginalNames: getter(() => NOTE_WIRE),
    _scalarPropertyUpdateable: getter(() => [false, true, true, true, true]),
  });
  NOTE_SCALARS.forEach((name, i) => {
    const updateable = name !== "authorName";
    Object.defineProperty(Note.prototype, name, {
      enumerable: true,
      configurable: true,
      get() {
        U.throwIfNotLoaded(name, this[`_${name}`], "Note", this._isNull);
        return this[`_${name}`];
      },
      ...(updateable && {
        set(value) {
          this[`_${name}`] = value;
          B.invokeSetProperty(this, NOTE_WIRE[i], value, 0);
        },
      }),
    });
  });

  const child = (collection, data, index) => B.createChildItemObject(Note, true, collection, data, index);

  class NoteCollection extends client.ClientObject {
    get items() {
      U.throwIfNotLoaded("items", this.m__items, "NoteCollection", this._isNull);
      return this.m__items;
    }
    add(cellAddress, content) {
      return B.createMethodObject(Note, this, "Add", 0, [cellAddress, content], false, true, null, 0);
    }
    getCount() {
      return B.invokeMethod(this, "GetCount", 1, [], 4, 0);
    }
    getItem(key) {
      return B.createIndexerObject(Note, this, [key]);
    }
    getItemAt(index) {
      return B.createMethodObject(Note, this, "GetItemAt", 1, [index], false, false, null, 4);
    }
    getItemOrNullObject(key) {
      return B.createMethodObject(Note, this, "GetItemOrNullObject", 1, [key], false, false, null, 4);
    }
    _handleResult(value) {
      super._handleResult(value);
      if (U.isNullOrUndefined(value)) return;
      U.fixObjectPathIfNecessary(this, value);
      const data = value[client.Constants.items];
      if (U.isNullOrUndefined(data)) return;
      this.m__items = data.map((itemData, i) => {
        const item = child(this, itemData, i);
        item._handleResult(itemData);
        return item;
      });
    }
    _handleRetrieveResult(value, result) {
      super._handleRetrieveResult(value, result);
      U.processRetrieveResult(this, value, result, (data, index) => child(this, data, index));
    }
    load(options) {
      return U.load(this, options);
    }
    retrieve(option) {
      return U.retrieve(this, option);
    }
    toJSON() {
      return U.toJson(this, {}, {}, this.m__items);
    }
  }
  Object.defineProperties(NoteCollection.prototype, {
    _className: getter(() => "NoteCollection"),
    _isCollection: getter(() => true),
  });

  excel.Note = Note;
  excel.NoteCollection = NoteCollection;
  for (const Type of [excel.Workbook, excel.Worksheet]) {
    Object.defineProperty(Type.prototype, "notes", {
      enumerable: true,
      configurable: true,
      get() {
        if (!this.__host_notes)
          this.__host_notes = B.createPropertyObject(NoteCollection, this, "Notes", true, 4);
        return this.__host_notes;
      },
    });
  }
}
