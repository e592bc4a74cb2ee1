import { ContextConsumer } from '@lit/context';
import { RkElement } from '../../base/rk-element.js';
import { LocalizeController } from '../../base/localize.js';
import type { LazyCatalog } from '../../core/i18n/index.js';
import { meetingsContext } from './context.js';
import { finderMessages, type FinderMessages } from './messages.js';

/**
 * Base of the finder's parts (search, filters, list, details): the finder's texts and the
 * enclosing `<rk-meeting-provider>`'s store. After a language change a part's render waits
 * for that language's type labels (a small chunk), so its texts and type labels switch
 * together.
 */
export class FinderPart<M extends FinderMessages = FinderMessages> extends RkElement {
  protected readonly t: LocalizeController<M>;
  protected readonly ctx = new ContextConsumer(this, { context: meetingsContext, subscribe: true });

  /** `catalog`: a part with texts of its own passes the finder's catalog extended with them. */
  constructor(catalog: LazyCatalog<M> = finderMessages as LazyCatalog<M>) {
    super();
    this.t = new LocalizeController(this, catalog);
    this.waitFor(() => this.ctx.value?.labelsFor?.(this.t.locale));
  }
}
