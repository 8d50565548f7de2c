import { Alert, Button } from 'antd';
import { errorMessage } from '../app/api';

/** The error of a failed load, with a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title="Не удалось загрузить данные"
      description={errorMessage(error)}
      action={onRetry && <Button onClick={onRetry}>Повторить</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
