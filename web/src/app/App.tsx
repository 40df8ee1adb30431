import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { AppShell } from './AppShell';
import { Home, SignedInOnly, SignedOutOnly, WelcomeFirst } from './guards';
import { SessionProvider } from './SessionProvider';

/**
 * Every page but the landing page loads its own code on first visit, so a newcomer downloads
 * only the landing page and sign-in code (not the journal, chat or perception code).
 */
const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <Home /> },
      {
        element: <SignedOutOnly />,
        children: [
          {
            path: 'signin',
            lazy: async () => ({ Component: (await import('../auth/SignInPage')).SignInPage }),
          },
          {
            path: 'signup',
            lazy: async () => ({ Component: (await import('../auth/SignUpPage')).SignUpPage }),
          },
        ],
      },
      {
        element: <SignedInOnly />,
        children: [
          {
            path: 'welcome',
            lazy: async () => ({ Component: (await import('../welcome/WelcomePage')).WelcomePage }),
          },
          {
            element: <WelcomeFirst />,
            children: [
              { path: 'chat', element: <Navigate to="/call" replace /> },
              {
                path: 'call',
                lazy: async () => ({ Component: (await import('../call/CallPage')).CallPage }),
              },
              {
                path: 'journal',
                lazy: async () => ({
                  Component: (await import('../journal/JournalPage')).JournalPage,
                }),
              },
              {
                path: 'settings',
                lazy: async () => ({
                  Component: (await import('../settings/SettingsPage')).SettingsPage,
                }),
              },
              {
                path: 'dashboard',
                lazy: async () => ({
                  Component: (await import('../dashboard/DashboardPage')).DashboardPage,
                }),
              },
            ],
          },
        ],
      },
      {
        path: 'privacy',
        lazy: async () => ({ Component: (await import('../privacy/PrivacyPage')).PrivacyPage }),
      },
      {
        path: 'debug/perception',
        lazy: async () => ({
          Component: (await import('../debug/PerceptionDebugPage')).PerceptionDebugPage,
        }),
      },
      {
        path: 'debug/voice-text',
        lazy: async () => ({
          Component: (await import('../perception/VoiceTextDebugPage')).VoiceTextDebugPage,
        }),
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
