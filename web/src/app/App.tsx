import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { SignInPage } from '../auth/SignInPage';
import { SignUpPage } from '../auth/SignUpPage';
import { JournalPage } from '../journal/JournalPage';
import { SettingsPage } from '../settings/SettingsPage';
import { AppShell } from './AppShell';
import { SignedInOnly, SignedOutOnly } from './guards';
import { SessionProvider } from './SessionProvider';

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      {
        element: <SignedOutOnly />,
        children: [
          { path: 'signin', element: <SignInPage /> },
          { path: 'signup', element: <SignUpPage /> },
        ],
      },
      {
        element: <SignedInOnly />,
        children: [
          { index: true, element: <JournalPage /> },
          {
            path: 'call',
            lazy: async () => ({ Component: (await import('../call/CallPage')).CallPage }),
          },
          { path: 'chat', element: <Navigate to="/call" replace /> },
          { path: 'settings', element: <SettingsPage /> },
          {
            path: 'dashboard',
            lazy: async () => ({
              Component: (await import('../dashboard/DashboardPage')).DashboardPage,
            }),
          },
        ],
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
