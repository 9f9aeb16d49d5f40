import { ChiaseError } from '../../errors/chiase-error';

const MARKER = 'chiase.dcat_export_error';
const SYMBOL = Symbol.for(MARKER);

/**
 * Thrown instead of writing an incomplete DCAT-AP catalogue: a node would lack a property DCAT-AP 3
 * makes mandatory (or a value it needs, such as the base URL of endpoint paths).
 */
export class DcatExportError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The DCAT class of the incomplete node, e.g. `dcat:Distribution`. */
  readonly dcatClass: string;
  /** The missing property, e.g. `dcat:accessURL`. */
  readonly property: string;
  /** Where in the export input the value should come from, e.g. `$.datasets[0].distributions[1]`. */
  readonly path: string;

  constructor(options: { dcatClass: string; property: string; path: string; cause?: unknown }) {
    super({
      code: 'dcat_mandatory_property_missing',
      message: {
        vi: `Thiếu thuộc tính bắt buộc ${options.property} của ${options.dcatClass} (DCAT-AP 3) tại ${options.path}; không xuất danh mục thiếu thông tin.`,
        en: `Missing mandatory DCAT-AP 3 property ${options.property} of ${options.dcatClass} at ${options.path}; an incomplete catalogue is not exported.`,
      },
      cause: options.cause,
    });
    this.name = 'DcatExportError';
    this.dcatClass = options.dcatClass;
    this.property = options.property;
    this.path = options.path;
  }

  /** True when `error` is a DcatExportError from any installed copy of `@chiase/schema`. */
  static override isInstance(error: unknown): error is DcatExportError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
