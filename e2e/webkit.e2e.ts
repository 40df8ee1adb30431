/** Issue #9's journey in WebKit, Safari's engine (WebKitGTK's MiniBrowser over WebDriver). */
import { crossBrowserJourney } from './cross-browser-journey';
import { launchWebKit } from './support/webkit';

crossBrowserJourney('webkit', launchWebKit);
