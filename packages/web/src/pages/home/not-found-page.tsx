import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

/** Any address the app does not know. */
export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="Страница не найдена"
      subTitle="Проверьте адрес или вернитесь на главную."
      extra={<Button onClick={() => navigate('/')}>На главную</Button>}
    />
  );
}
