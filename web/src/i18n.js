// The page speaks the browser's language with the app's own Fluent catalogue
// (assets/i18n/*.ftl, bundled as text): en, es, ru, pt, else English.
import { FluentBundle, FluentResource } from '@fluent/bundle'
import en from '../../assets/i18n/en.ftl'
import es from '../../assets/i18n/es.ftl'
import ru from '../../assets/i18n/ru.ftl'
import pt from '../../assets/i18n/pt.ftl'

const SOURCES = { en, es, ru, pt }

/** The first supported language of the given tags, else "en". */
export function pickLanguage (tags) {
  for (const tag of tags) {
    const primary = String(tag || '').toLowerCase().split(/[-_]/)[0]
    if (Object.hasOwn(SOURCES, primary)) return primary
  }
  return 'en'
}

function bundle (lang) {
  const b = new FluentBundle(lang, { useIsolating: false })
  b.addResource(new FluentResource(SOURCES[lang]))
  return b
}

/** A translator: t(id, args) in `lang`, falling back to English, then to the id. */
export function translator (lang) {
  const main = bundle(lang)
  const fallback = lang === 'en' ? main : bundle('en')
  return function t (id, args) {
    for (const b of [main, fallback]) {
      const msg = b.getMessage(id)
      if (msg && msg.value) return b.formatPattern(msg.value, args)
    }
    return id
  }
}
