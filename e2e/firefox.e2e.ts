/** Issue #9's journey in Debian's Firefox ESR, driven over WebDriver BiDi. */
import { crossBrowserJourney } from './cross-browser-journey';
import { launchFirefox } from './support/firefox';

crossBrowserJourney('firefox', launchFirefox);
